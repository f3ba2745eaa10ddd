package xiaokang.edit.ui;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Finds the stored records a reference field may point to, for its chooser: at most
 * {@code limit} records of {@code type} that {@code text} names (an editor's session searching
 * the store).
 */
@FunctionalInterface
public interface RecordFinder {

    List<EObject> find(EClass type, String text, int limit) throws Exception;
}
