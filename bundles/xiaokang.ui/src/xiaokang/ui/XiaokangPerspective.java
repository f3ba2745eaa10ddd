package xiaokang.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The 小康工作台 perspective: navigation on the left, editors in the middle, details below.
 * Plug-ins place their views into its folders with {@code org.eclipse.ui.perspectiveExtensions}
 * ({@code relative} = one of the folder ids here), so this class never names a plug-in's view.
 */
public final class XiaokangPerspective implements IPerspectiveFactory {

    public static final String ID = "xiaokang.ui.perspective"; //$NON-NLS-1$
    /** Left: navigators and outlines. */
    public static final String FOLDER_NAVIGATION = "xiaokang.ui.folder.navigation"; //$NON-NLS-1$
    /** Bottom: properties, problems, search results, progress. */
    public static final String FOLDER_DETAILS = "xiaokang.ui.folder.details"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editors = layout.getEditorArea();
        IFolderLayout navigation = layout.createFolder(FOLDER_NAVIGATION, IPageLayout.LEFT, 0.25f, editors);
        navigation.addPlaceholder("xiaokang.*.navigator"); //$NON-NLS-1$
        IFolderLayout details = layout.createFolder(FOLDER_DETAILS, IPageLayout.BOTTOM, 0.7f, editors);
        details.addPlaceholder(IPageLayout.ID_PROP_SHEET);
        details.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
        details.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        details.addPlaceholder("xiaokang.*"); //$NON-NLS-1$
    }
}
