package xiaokang.supervision;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import xiaokang.supervision.model.Problem;

/** Ledger numbers {@code 2020-00042}: the year found and a running number within that year. */
public final class ProblemNumbers {

    private final Map<Integer, Integer> last = new HashMap<>();

    public ProblemNumbers(Collection<Problem> ledger) {
        for (Problem problem : ledger) {
            String number = problem.getNumber();
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
