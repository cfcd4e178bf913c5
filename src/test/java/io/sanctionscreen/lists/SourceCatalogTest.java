package io.sanctionscreen.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanctionscreen.lists.parse.ListFormat;
import org.junit.jupiter.api.Test;

class SourceCatalogTest {

  @Test
  void openSanctionsCollectionAndDatasets() {
    SourceCatalog.SourceInfo collection = SourceCatalog.info("opensanctions");
    assertThat(collection.format()).isEqualTo(ListFormat.FTM_JSON);
    assertThat(collection.name()).isEqualTo("OpenSanctions dataset sanctions");
    SourceCatalog.SourceInfo dataset = SourceCatalog.info("opensanctions-ua-war-sanctions");
    assertThat(dataset.name()).isEqualTo("OpenSanctions dataset ua_war_sanctions");
    assertThat(SourceCatalog.find("opensanctions-")).isEmpty();
  }

  @Test
  void customListsAndUnknownIds() {
    assertThat(SourceCatalog.info("custom-bank-blocks").format()).isEqualTo(ListFormat.CUSTOM_CSV);
    assertThat(SourceCatalog.find("Bad Id")).isEmpty();
    assertThat(SourceCatalog.find("somewhere-else")).isEmpty();
  }
}
