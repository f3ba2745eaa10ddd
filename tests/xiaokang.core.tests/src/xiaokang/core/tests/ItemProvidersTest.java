package xiaokang.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;

/** The generated item providers, found through the registry, speak Chinese. */
class ItemProvidersTest {

    private final ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    @Test
    void labelsAndPropertiesAreChinese() {
        Person person = RulesTest.person("李建国", LocalDate.of(1970, 5, 1), 111);
        Household household = RulesTest.household(person);

        IItemLabelProvider label = (IItemLabelProvider) factory.adapt(household, IItemLabelProvider.class);
        assertNotNull(label, "no item provider registered for Household");
        assertEquals("户 4305210001", label.getText(household));
        assertNotNull(label.getImage(household));

        IItemPropertySource properties = (IItemPropertySource) factory.adapt(person, IItemPropertySource.class);
        assertEquals("身份证号", properties.getPropertyDescriptor(person, CorePackage.Literals.PERSON__ID_NUMBER)
                .getDisplayName(person));
    }
}
