package org.entente.pipeline.text;

import org.entente.pipeline.Pipeline;
import org.entente.pipeline.StageContract;

class SentenceSplitterContractTest extends StageContract {

  @Override
  protected Pipeline pipeline() {
    return Pipeline.builder().add(new SentenceSplitter()).build();
  }
}
