package xiaokang.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu skeleton. Every menu carries the standard {@code additions} group so that plug-ins
 * contribute through {@code org.eclipse.ui.menus} (for example {@code menu:file?after=additions}).
 */
final class XiaokangActionBarAdvisor extends ActionBarAdvisor {

    /** Menu ids are the workbench's own, so contributions written for any Eclipse product fit. */
    static final String FILE = IWorkbenchActionConstants.M_FILE;
    static final String EDIT = IWorkbenchActionConstants.M_EDIT;
    static final String WINDOW = IWorkbenchActionConstants.M_WINDOW;
    static final String HELP = IWorkbenchActionConstants.M_HELP;

    XiaokangActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        for (ActionFactory factory : new ActionFactory[] { ActionFactory.SAVE, ActionFactory.SAVE_ALL,
                ActionFactory.REVERT, ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO,
                ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.PREFERENCES,
                ActionFactory.RESET_PERSPECTIVE }) {
            register(factory.create(window));
        }
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new Separator(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
        file.add(getAction(ActionFactory.SAVE.getId()));
        file.add(getAction(ActionFactory.SAVE_ALL.getId()));
        file.add(getAction(ActionFactory.REVERT.getId()));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator(IWorkbenchActionConstants.FILE_END));
        file.add(getAction(ActionFactory.QUIT.getId()));

        MenuManager edit = new MenuManager(Messages.Menu_edit, EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(getAction(ActionFactory.UNDO.getId()));
        edit.add(getAction(ActionFactory.REDO.getId()));
        edit.add(new Separator(IWorkbenchActionConstants.EDIT_END));
        edit.add(getAction(ActionFactory.DELETE.getId()));
        edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
        edit.add(new Separator(IWorkbenchActionConstants.FIND_EXT));
        edit.add(getAction(ActionFactory.FIND.getId()));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager(Messages.Menu_window, WINDOW);
        window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
        window.add(new Separator());
        window.add(getAction(ActionFactory.PREFERENCES.getId()));

        MenuManager help = new MenuManager(Messages.Menu_help, HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
