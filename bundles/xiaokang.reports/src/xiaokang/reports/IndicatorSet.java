package xiaokang.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of the installed indicators: their ids, names, units, decimals and queries. A run
 * computed for another set (a plug-in installed, removed or updated since) is not reused.
 */
final class IndicatorSet {

    private IndicatorSet() {
    }

    static String of(List<IndicatorDescriptor> indicators) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            for (IndicatorDescriptor indicator : indicators.stream().sorted(Comparator.comparing(IndicatorDescriptor::id)).toList()) {
                StringBuilder text = new StringBuilder().append(indicator.id()).append('\u0000').append(indicator.name())
                        .append('\u0000').append(indicator.unit()).append('\u0000').append(indicator.decimals());
                for (Map.Entry<IndicatorLevel, String> query : new TreeMap<>(indicator.queries()).entrySet()) {
                    text.append('\u0000').append(query.getKey().name()).append('\u0000').append(query.getValue());
                }
                digest.update(text.append('\u0001').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
