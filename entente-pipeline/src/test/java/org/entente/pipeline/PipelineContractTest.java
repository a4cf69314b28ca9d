package org.entente.pipeline;

/** The default pipeline, with every stage wired into it, keeps the stage contract. */
class PipelineContractTest extends StageContract {

  @Override
  protected Pipeline pipeline() {
    return Entente.newDefaultPipeline();
  }
}
