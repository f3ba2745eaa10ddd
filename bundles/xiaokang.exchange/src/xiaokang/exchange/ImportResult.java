package xiaokang.exchange;

import java.util.List;

/**
 * What an import found and did: how the file was read, what it holds, the places, records (the
 * registry's households, or a class's objects) and people it creates, every value it changes (old
 * and new), and every problem. When there is any problem nothing was written.
 *
 * @param format how the file was read, e.g. "CSV, GB18030"
 * @param rows the data rows read (blank and totals rows not counted)
 * @param records the households the list names, or the records of a class's sheet
 * @param people the people the list names (0 for a class's sheet)
 * @param newPlaces the places created (or, on a dry run, to be created), e.g. "廉桥镇 / 长流村"
 * @param newRecords households (or records) created
 * @param newPeople people created, in new households and in those already registered
 * @param updatedRecords households (or records) already stored of which some value changes
 * @param changes every value changed in a household (or record) already stored
 * @param problems every problem found; when there is one, nothing was written
 * @param written whether the import was written (false on a dry run and when there are problems)
 * @param batch the audit's batch of the import's changes (to list or withdraw it), 0 when nothing
 *            was written or nothing changed
 */
public record ImportResult(String format, int rows, int records, int people, List<String> newPlaces, int newRecords,
        int newPeople, int updatedRecords, List<Change> changes, List<ImportProblem> problems, boolean written, long batch) {

    /**
     * One value an import changes in a record already stored: {@code record} names it (a
     * household's number, a record's key), {@code person} the household's member, if it is one.
     */
    public record Change(String record, String person, String column, String before, String after) {
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
