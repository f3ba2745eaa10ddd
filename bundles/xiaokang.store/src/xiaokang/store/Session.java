package xiaokang.store;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One user's unit of work on the store. Loading is lazy and scoped: an object comes with its
 * attributes and single references, and each containment list is read only when asked for with
 * {@link #children}. Changes are made on the objects themselves and written by {@link #commit}
 * in one transaction. Not thread-safe.
 */
public interface Session extends AutoCloseable {

    /** Objects of {@code type} (and its subclasses) that have no container, e.g. the City. */
    <T extends EObject> List<T> roots(EClass type) throws StoreException;

    /** Reads the containment list {@code reference} of {@code parent} into it and returns it. */
    <T extends EObject> List<T> children(EObject parent, EReference reference) throws StoreException;

    /**
     * Objects whose attribute equals {@code value}, or whose single reference is the stored object
     * {@code value} (a household's income cards): a query on the feature's column.
     */
    <T extends EObject> List<T> find(EStructuralFeature feature, Object value) throws StoreException;

    /**
     * At most {@code limit} objects of {@code type} that a person looking for one would mean by
     * {@code text}: any of its text attributes, or of the objects it contains (a household by a
     * member's name or ID number), contains the text, or the text is its stored id; an empty text
     * finds the first ones. For a chooser, not for bulk reading.
     */
    <T extends EObject> List<T> search(EClass type, String text, int limit) throws StoreException;

    /** The object stored with {@code id}, or null. */
    <T extends EObject> T get(EClass type, long id) throws StoreException;

    /** The stored id of an object, or -1 for an object not (yet) stored. */
    long id(EObject object);

    /**
     * The stored id of a stored object's container (a household's village), or -1 for a root or
     * an object not stored; the container itself is loaded only when asked for with {@link #get}.
     */
    long containerId(EObject object);

    /**
     * The greatest stored value of the string attribute {@code attribute} that starts with
     * {@code prefix}, or null: read in this session's transaction, so that a number taken from it
     * and saved by {@link #commit} is checked by the attribute's unique index in the same
     * transaction (a {@link DuplicateValueException} when another desk took it first).
     */
    String greatest(EAttribute attribute, String prefix) throws StoreException;

    /** Adds a new object without container (and all it contains) to be inserted on commit. */
    void add(EObject root);

    /** Marks a stored object (and all it contains) to be deleted on commit. */
    void delete(EObject object);

    /**
     * Makes this session's changes one batch (an import, say): each of their audit rows carries
     * the batch's id, and a row of action {@code BATCH} names it with {@code kind} and
     * {@code description} (file, checksum ...). A commit that changes nothing writes no row at all.
     * {@link Store#withdraw} undoes a batch while nothing it touched has changed since.
     *
     * @return the batch's id
     */
    long batch(String kind, String description) throws StoreException;

    /**
     * Writes every insert, update and delete in one transaction, each recorded in the audit
     * table. On a conflict or any failure nothing is written and the objects keep their changes.
     */
    void commit() throws StoreException;

    /**
     * Writes the changes made so far (with their audit rows) in this session's open transaction
     * without committing them: a unit of work too large to hold in memory writes as it goes,
     * {@link #release}s what it has written, and ends with one {@link #commit}, or with
     * {@link #close}, which takes every flushed change back. After a failed flush or commit that
     * follows a successful flush the transaction is gone: the session refuses to write again.
     */
    void flush() throws StoreException;

    /**
     * Lets go of the objects in a containment list of {@code parent}: they leave the list and the
     * session, and changes not yet written (flush, commit) go with them; what is stored stays
     * stored. The list counts as not read ({@link #children} reads it again), and objects added to
     * it later are stored after the ones it held.
     */
    void releaseChildren(EObject parent, EReference containment);

    /**
     * Lets go of an object loaded alone ({@link #get}, {@link #find}; its container not loaded)
     * and of everything it contains, as {@link #releaseChildren} does for a list.
     *
     * @throws IllegalArgumentException if the object is in a list (release its container's list)
     */
    void release(EObject object);

    @Override
    void close() throws StoreException;
}
