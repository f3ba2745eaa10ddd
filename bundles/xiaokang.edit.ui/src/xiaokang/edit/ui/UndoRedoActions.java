package xiaokang.edit.ui;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

import xiaokang.edit.ui.internal.Messages;

/**
 * The workbench's Undo and Redo for an editor's EMF command stack, labelled with the command
 * ("撤销 修改 人均纯收入"). Install it in the editor's action bars; dispose it with the editor.
 */
public final class UndoRedoActions implements CommandStackListener {

    private final CommandStack stack;
    private final Action undo = new Action() {
        @Override
        public void run() {
            stack.undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            stack.redo();
        }
    };

    public UndoRedoActions(CommandStack stack) {
        this.stack = stack;
        undo.setId(ActionFactory.UNDO.getId());
        redo.setId(ActionFactory.REDO.getId());
        stack.addCommandStackListener(this);
        commandStackChanged(null);
    }

    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        undo.setEnabled(stack.canUndo());
        undo.setText(text(Messages.UndoRedoActions_undo, stack.getUndoCommand()));
        redo.setEnabled(stack.canRedo());
        redo.setText(text(Messages.UndoRedoActions_redo, stack.getRedoCommand()));
    }

    private static String text(String verb, Command command) {
        return command == null || command.getLabel() == null ? verb : NLS.bind(Messages.UndoRedoActions_label, verb, command.getLabel());
    }

    public Action undo() {
        return undo;
    }

    public Action redo() {
        return redo;
    }

    public void dispose() {
        stack.removeCommandStackListener(this);
    }
}
