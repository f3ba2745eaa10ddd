package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Person;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** A plug-in's own package, referring to core classes, in two versions. */
class SchemaEvolutionTest {

    @TempDir
    Path folder;

    /** Version 1: Pupil(name, person -> core Person); version 2 adds school. */
    static EPackage educationPackage(int version) {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EPackage p = f.createEPackage();
        p.setName("education");
        p.setNsPrefix("education");
        p.setNsURI("http://xiaokang/test/education");
        EcoreUtil.setAnnotation(p, "http://xiaokang/store", "version", String.valueOf(version));
        EClass pupil = f.createEClass();
        pupil.setName("Pupil");
        p.getEClassifiers().add(pupil);
        pupil.getEStructuralFeatures().add(attribute("name"));
        EReference person = f.createEReference();
        person.setName("person");
        person.setEType(CorePackage.Literals.PERSON);
        pupil.getEStructuralFeatures().add(person);
        if (version >= 2) {
            pupil.getEStructuralFeatures().add(attribute("schoolName"));
        }
        return p;
    }

    private static EAttribute attribute(String name) {
        EAttribute a = EcoreFactory.eINSTANCE.createEAttribute();
        a.setName(name);
        a.setEType(EcorePackage.Literals.ESTRING);
        return a;
    }

    @Test
    void aNewerPluginAddsItsColumnAndKeepsTheData() throws StoreException {
        Database database = Database.embedded(folder.resolve("db"));
        EPackage v1 = educationPackage(1);
        Store store = Store.open(database, List.of(CorePackage.eINSTANCE, v1));
        try (Session session = store.openSession("测试")) {
            session.add(SampleCity.create());
            EObject pupil = EcoreUtil.create((EClass) v1.getEClassifier("Pupil"));
            pupil.eSet(pupil.eClass().getEStructuralFeature("name"), "李小明");
            session.add(pupil);
            session.commit();
        }

        EPackage v2 = educationPackage(2);
        Store upgraded = Store.open(database, List.of(CorePackage.eINSTANCE, v2));
        try (Session session = upgraded.openSession("测试")) {
            EObject pupil = session.<EObject>roots((EClass) v2.getEClassifier("Pupil")).get(0);
            assertEquals("李小明", pupil.eGet(pupil.eClass().getEStructuralFeature("name")));
            pupil.eSet(pupil.eClass().getEStructuralFeature("schoolName"), "长流小学");
            Person person = session.<Person>find(CorePackage.Literals.PERSON__NAME, "李建国").get(0);
            pupil.eSet(pupil.eClass().getEStructuralFeature("person"), person);
            session.commit();
        }
        try (Session session = upgraded.openSession("测试")) {
            EObject pupil = session.<EObject>roots((EClass) v2.getEClassifier("Pupil")).get(0);
            assertEquals("长流小学", pupil.eGet(pupil.eClass().getEStructuralFeature("schoolName")));
            assertEquals("李建国", ((Person) pupil.eGet(pupil.eClass().getEStructuralFeature("person"))).getName());
        }
    }

    @Test
    void aDatabaseWrittenByANewerPluginIsRefusedUntouched() throws StoreException {
        Database database = Database.embedded(folder.resolve("db"));
        Store.open(database, List.of(CorePackage.eINSTANCE, educationPackage(2)));

        StoreException e = assertThrows(StoreException.class,
                () -> Store.open(database, List.of(CorePackage.eINSTANCE, educationPackage(1))));

        assertTrue(e.getMessage().contains("http://xiaokang/test/education"), e.getMessage());
        assertTrue(e.getMessage().contains("版本 2"), e.getMessage());
    }
}
