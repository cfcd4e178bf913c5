package io.sanctionscreen.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Refuses a JSON object that names a field twice, in every JSON body the service reads (the REST
 * layer's and the batch reader's, which use this mapper): {@code {"name": "Innocent Bakery",
 * "name": "SenseTime"}} would otherwise be screened as its last value while a system upstream that
 * takes the first records the other.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
  }
}
