package xiaokang.core.ui.internal;

import xiaokang.store.Session;
import xiaokang.store.StoreException;

/** What an editor does with the session it reads and saves in. */
public final class EditorSessions {

    private EditorSessions() {
    }

    /** Closes {@code session} (null: nothing) when the editor closes or reads the object again. */
    public static void close(Session session) {
        if (session != null) {
            try {
                session.close();
            } catch (StoreException e) {
                // Closing a session only gives back its connection; nothing of the user's is lost.
            }
        }
    }
}
