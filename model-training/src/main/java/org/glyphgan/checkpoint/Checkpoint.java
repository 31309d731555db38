package org.glyphgan.checkpoint;

import java.util.List;
import java.util.Map;
import org.glyphgan.gan.GanArchitecture;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Everything needed to continue a training run exactly where it stopped.
 *
 * @param step                  number of completed training steps
 * @param configJson            the run's training config as JSON
 * @param corpusHash            corpus hash of the training dataset the run trains on
 * @param codeVersion           version of the training code that wrote the checkpoint
 * @param architecture          network shape the arrays belong to
 * @param fontIds               training font ids in style-embedding row order
 * @param parameters            generator and discriminator arrays by name
 * @param generatorOptimizer    Adam moments of the generator's arrays by name
 * @param discriminatorOptimizer Adam moments of the discriminator's arrays by name
 * @param stepHistoryCsv        logged step metrics as CSV
 * @param validationHistoryCsv  validation scores as CSV
 */
public record Checkpoint(int step, String configJson, String corpusHash, String codeVersion,
                         GanArchitecture architecture, List<String> fontIds, Map<String, INDArray> parameters,
                         Map<String, INDArray> generatorOptimizer, Map<String, INDArray> discriminatorOptimizer,
                         String stepHistoryCsv, String validationHistoryCsv) {
    public Checkpoint {
        fontIds = List.copyOf(fontIds);
    }
}
