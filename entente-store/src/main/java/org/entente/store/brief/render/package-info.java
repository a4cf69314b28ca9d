/**
 * Renderers of a {@link org.entente.store.brief.Brief}: {@link
 * org.entente.store.brief.render.BriefMarkdown}, {@link org.entente.store.brief.render.BriefHtml}
 * (with a print stylesheet for A4, {@code brief.css}, and the topic chart as SVG from {@link
 * org.entente.store.brief.render.TopicChartSvg}) and {@link
 * org.entente.store.brief.render.BriefPdf} (Apache PDFBox, with the Unicode font PDFBox bundles;
 * characters the font lacks are replaced, never thrown on). All document text is untrusted and
 * escaped for its format ({@link org.entente.store.brief.render.Escape}).
 */
package org.entente.store.brief.render;
