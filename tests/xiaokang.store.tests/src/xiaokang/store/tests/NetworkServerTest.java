package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.store.ConflictException;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** The same store code against a real Derby network server on the loopback interface. */
class NetworkServerTest {

    @TempDir
    Path folder;
    private NetworkServerControl server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        System.setProperty("derby.system.home", folder.toString());
        server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(new PrintWriter(new StringWriter()));
        for (int i = 0; i < 50; i++) {
            try {
                server.ping();
                return;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the Derby network server did not start on port " + port);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.shutdown();
    }

    @Test
    void storesAndLoadsThroughTheServerWithTheSameCode() throws StoreException {
        // An absolute path: derby.system.home is read once per JVM, and the engine may be up already.
        Database database = Database.fromUrl("jdbc:derby://localhost:" + port + "/" + folder.resolve("xiaokang").toAbsolutePath());
        Store store = Store.open(database, List.of(CorePackage.eINSTANCE));
        try (Session session = store.openSession("网络")) {
            session.add(SampleCity.create());
            session.commit();
        }
        try (Session first = store.openSession("甲"); Session second = store.openSession("乙")) {
            City mine = first.<City>roots(CorePackage.Literals.CITY).get(0);
            City theirs = second.<City>roots(CorePackage.Literals.CITY).get(0);
            SampleCity.loadAll(second, theirs);
            assertEquals(2, theirs.getTownships().get(0).getVillages().get(0).getHouseholds().size());

            theirs.setName("邵东市（网络）");
            second.commit();
            mine.setName("冲突");
            assertThrows(ConflictException.class, first::commit);
        }
    }

    @Test
    void anUnreachableServerIsNamed() {
        StoreException e = assertThrows(StoreException.class,
                () -> Store.open(Database.fromUrl("jdbc:derby://localhost:1/xiaokang"), List.of(CorePackage.eINSTANCE)));

        assertTrue(e.getMessage().contains("localhost:1"), e.getMessage());
    }
}
