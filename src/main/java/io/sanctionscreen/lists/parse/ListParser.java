package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads the files of one list format into the list model; one class per format, registered in
 * {@link ListFormat}. {@link ListFormat#read} checks the parts and the list date before, and turns
 * every failure into a {@link ListFormatException} after.
 */
public interface ListParser {

  /**
   * Reads a list from its parts.
   *
   * @param input the list's files, by part ({@link ListFormat#MAIN} for a single file)
   * @param sourceId the source the list is read for
   * @param listDate the date the importer gives; formats that state their own date ignore it
   * @throws ListFormatException if the files are not a list in this format
   * @throws IOException if a part cannot be read
   */
  ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException;
}
