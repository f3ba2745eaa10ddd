package xiaokang.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The words a column of a list may hold and the model's value each stands for: the national list's
 * own ({@code 之子}, {@code 丧失劳动力}) and the model's labels, so that an export reads back.
 */
public final class Words<T> {

    private final Map<String, T> values = new LinkedHashMap<>();

    /** The words for an enumeration: each literal's label (e.g. 户主) first, then the extra words. */
    public static <E extends Enum<E> & Enumerator> Words<E> of(Class<E> type) {
        Words<E> words = new Words<>();
        for (E literal : type.getEnumConstants()) {
            words.add(literal.getLiteral(), literal);
        }
        return words;
    }

    public static <T> Words<T> empty() {
        return new Words<>();
    }

    /** Adds words for a value; returns this, for a table of them. */
    public Words<T> add(T value, String... words) {
        for (String word : words) {
            add(word, value);
        }
        return this;
    }

    private void add(String word, T value) {
        values.putIfAbsent(Cells.headerKey(word), value);
    }

    /** The value a word stands for, if it is one of the words. */
    public Optional<T> value(String word) {
        return Optional.ofNullable(values.get(Cells.headerKey(word)));
    }

    /** Every word, for a message that lists them. */
    public List<String> words() {
        return new ArrayList<>(values.keySet());
    }
}
