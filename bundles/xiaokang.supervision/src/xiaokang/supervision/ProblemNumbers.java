package xiaokang.supervision;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Ledger numbers {@code 2020-00042}: the year found and a running number within that year. */
public final class ProblemNumbers {

    private final Map<Integer, Integer> last = new HashMap<>();

    /** Continues after the highest number of each year among {@code numbers}. */
    public ProblemNumbers(Collection<String> numbers) {
        for (String number : numbers) {
            int dash = number == null ? -1 : number.indexOf('-');
            if (dash > 0) {
                try {
                    last.merge(Integer.parseInt(number.substring(0, dash)), Integer.parseInt(number.substring(dash + 1)),
                            Math::max);
                } catch (NumberFormatException e) {
                    // A number typed in another form does not take part in the sequence.
                }
            }
        }
    }

    public String next(int year) {
        return String.format("%d-%05d", year, last.merge(year, 1, Integer::sum)); //$NON-NLS-1$
    }
}
