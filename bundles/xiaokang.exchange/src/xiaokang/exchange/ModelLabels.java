package xiaokang.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.framework.Bundle;

/**
 * The users' words for a model's classes, features and enumeration literals, in Chinese and
 * English, read without the item providers from the properties files that hold them: the EMF.Edit
 * keys ({@code _UI_Cooperative_type}, {@code _UI_Cooperative_name_feature},
 * {@code _UI_LinkMode_LABOUR_literal}) in the package's edit bundle or, for a plug-in without one,
 * in its model bundle. What has no label is named by the model (class or feature name, literal).
 */
public final class ModelLabels {

    private static final String EDIT_FACTORIES = "org.eclipse.emf.edit.itemProviderAdapterFactories"; //$NON-NLS-1$
    private static final String GENERATED_PACKAGES = "org.eclipse.emf.ecore.generated_package"; //$NON-NLS-1$
    private static final List<String> LANGUAGES = List.of("zh", "en"); //$NON-NLS-1$ //$NON-NLS-2$

    /** Per package: per language the bundles' properties, the edit bundle's first. */
    private final Map<EPackage, Map<String, List<Properties>>> labels = new HashMap<>();
    private final String language;

    private ModelLabels(String language) {
        this.language = LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
    }

    /** The labels of the packages' installed bundles, in the user's language (Chinese unless English). */
    public static ModelLabels read(IExtensionRegistry registry, List<EPackage> packages) {
        ModelLabels result = new ModelLabels(Locale.getDefault().getLanguage());
        for (EPackage ePackage : packages) {
            List<String> bundles = new ArrayList<>();
            bundles.addAll(contributors(registry, EDIT_FACTORIES, ePackage.getNsURI()));
            bundles.addAll(contributors(registry, GENERATED_PACKAGES, ePackage.getNsURI()));
            Map<String, List<Properties>> byLanguage = new HashMap<>();
            for (String language : LANGUAGES) {
                List<Properties> files = new ArrayList<>();
                for (String name : bundles) {
                    Bundle bundle = Platform.getBundle(name);
                    if (bundle != null) {
                        files.add(localized(bundle, language));
                    }
                }
                byLanguage.put(language, files);
            }
            result.labels.put(ePackage, byLanguage);
        }
        return result;
    }

    private static List<String> contributors(IExtensionRegistry registry, String point, String nsURI) {
        List<String> names = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(point)) {
            if (nsURI.equals(element.getAttribute("uri")) && !names.contains(element.getContributor().getName())) { //$NON-NLS-1$
                names.add(element.getContributor().getName());
            }
        }
        return names;
    }

    /** A bundle's {@code plugin_<language>.properties} over its {@code plugin.properties}. */
    private static Properties localized(Bundle bundle, String language) {
        Properties base = load(bundle.getEntry("plugin.properties"), new Properties()); //$NON-NLS-1$
        return load(bundle.getEntry("plugin_" + language + ".properties"), base); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Properties load(URL entry, Properties defaults) {
        Properties properties = new Properties(defaults);
        if (entry != null) {
            try (InputStream in = entry.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                // An unreadable file gives no labels: the model's names stand in for them.
            }
        }
        return properties;
    }

    /** The class's label in the user's language, e.g. 合作社. */
    public String of(EClass eClass) {
        return label(eClass.getEPackage(), language, classKey(eClass), eClass.getName());
    }

    /** The feature's label in the user's language, e.g. 统一社会信用代码. */
    public String of(EStructuralFeature feature) {
        return label(feature.getEContainingClass().getEPackage(), language, featureKey(feature), feature.getName());
    }

    /** The literal's label in the user's language, e.g. 劳务协作. */
    public String of(EEnumLiteral literal) {
        return label(literal.getEEnum().getEPackage(), language, literalKey(literal), literal.getLiteral());
    }

    /** Every word that names the class: its labels in each language and its name. */
    public List<String> words(EClass eClass) {
        return words(eClass.getEPackage(), classKey(eClass), eClass.getName());
    }

    public List<String> words(EStructuralFeature feature) {
        return words(feature.getEContainingClass().getEPackage(), featureKey(feature), feature.getName());
    }

    /** The literal's labels, its literal and its name. */
    public List<String> words(EEnumLiteral literal) {
        List<String> words = words(literal.getEEnum().getEPackage(), literalKey(literal), literal.getLiteral());
        if (!words.contains(literal.getName())) {
            words.add(literal.getName());
        }
        return words;
    }

    private String label(EPackage ePackage, String lang, String key, String fallback) {
        for (Properties file : labels.getOrDefault(ePackage, Map.of()).getOrDefault(lang, List.of())) {
            String value = file.getProperty(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return fallback;
    }

    private List<String> words(EPackage ePackage, String key, String name) {
        Set<String> words = new LinkedHashSet<>();
        words.add(label(ePackage, language, key, name));
        for (String other : LANGUAGES) {
            words.add(label(ePackage, other, key, name));
        }
        words.add(name);
        return new ArrayList<>(words);
    }

    private static String classKey(EClass eClass) {
        return "_UI_" + eClass.getName() + "_type"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String featureKey(EStructuralFeature feature) {
        return "_UI_" + feature.getEContainingClass().getName() + '_' + feature.getName() + "_feature"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String literalKey(EEnumLiteral literal) {
        return "_UI_" + literal.getEEnum().getName() + '_' + literal.getName() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
