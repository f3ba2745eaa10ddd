package xiaokang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Township;
import xiaokang.server.internal.OfficeDatabase;
import xiaokang.server.ui.internal.UsersView;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.UserAccounts.Account;
import xiaokang.store.UserAccounts.Role;
import xiaokang.ui.testing.Workbench;

/** The administrator adds, disables and re-admits a user in 用户管理; a database without logins says so. */
class UsersViewTest {

    private static final List<EPackage> CORE = List.of(CorePackage.eINSTANCE);
    private static final String ADMIN_PASSWORD = "admin-secret-1";

    @TempDir
    Path folder;
    private UsersView view;

    @AfterEach
    void close() throws Exception {
        if (view != null) {
            Workbench.page().hideView(view);
        }
    }

    @Test
    void theAdministratorAddsDisablesAndReadmitsAUser() throws Exception {
        Path office = folder.resolve("office");
        OfficeDatabase.init(office, null, ADMIN_PASSWORD, CORE, List.of(), new NullProgressMonitor());
        Database asAdmin = Database.embedded(office).as("admin", ADMIN_PASSWORD);
        Store admin = Store.open(asAdmin, CORE);
        try (Session session = admin.openSession("admin")) {
            City city = CoreFactory.eINSTANCE.createCity();
            Township township = CoreFactory.eINSTANCE.createTownship();
            township.setName("火厂坪镇");
            city.getTownships().add(township);
            session.add(city);
            session.commit();
        }
        view = (UsersView) Workbench.page().showView(UsersView.ID);
        view.use(admin);
        settle(view.refresh());
        assertEquals(List.of("admin"), names());
        assertEquals(List.of("火厂坪镇"), view.listing().townships());
        assertEquals("1 个用户。", view.getContentDescription());

        settle(view.add("zhao", Role.TOWNSHIP, List.of("火厂坪镇"), null, "desk-secret-1"));
        Workbench.waitFor("zhao listed", () -> names().contains("zhao"));
        Account zhao = account("zhao");
        assertEquals(Role.TOWNSHIP, zhao.role());
        assertEquals(List.of("火厂坪镇"), zhao.townships());
        assertEquals("admin", zhao.createdBy());
        try (Connection connection = Database.embedded(office).as("zhao", "desk-secret-1").connect()) {
            connection.rollback();
        }

        settle(view.disable("zhao"));
        Workbench.waitFor("zhao disabled", () -> account("zhao").disabled());
        settle(view.reset("zhao", "another-secret"));
        Workbench.waitFor("zhao admitted again", () -> !account("zhao").disabled());

        view.use(Store.open(Database.embedded(office).as("zhao", "another-secret"), CORE));
        settle(view.refresh());
        assertTrue(view.getContentDescription().contains("只有系统管理员"), view.getContentDescription());
        asAdmin.shutdown();
    }

    @Test
    void aDatabaseWithoutLoginsSaysHowToShareIt() throws Exception {
        Path desk = folder.resolve("desk");
        view = (UsersView) Workbench.page().showView(UsersView.ID);
        view.use(Store.open(Database.embedded(desk), CORE));
        settle(view.refresh());
        assertTrue(view.getContentDescription().contains("server init"), view.getContentDescription());
        Database.embedded(desk).shutdown();
    }

    private static void settle(org.eclipse.core.runtime.jobs.Job job) throws InterruptedException {
        Workbench.settle(job);
    }

    private List<String> names() {
        return view.listing().accounts().stream().map(Account::name).toList();
    }

    private Account account(String name) {
        return view.listing().accounts().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
