package xiaokang.monitoring.ui.internal;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import xiaokang.edit.ui.RecordTables;
import xiaokang.monitoring.IncomeCards;

/** A household's income cards by year against the year's line, as the editor and the household page show them. */
final class CardTables {

    private CardTables() {
    }

    static TableViewer create(Composite parent) {
        TableViewer table = RecordTables.create(parent, 110);
        RecordTables.column(table, Messages.Card_year, 50, IncomeCards.Line.class, c -> String.valueOf(c.card().getYear()), c -> c.card().getYear());
        RecordTables.column(table, Messages.Card_people, 50, IncomeCards.Line.class, c -> String.valueOf(c.card().getPeople()),
                c -> c.card().getPeople());
        RecordTables.column(table, Messages.Card_total, 80, IncomeCards.Line.class,
                c -> c.account() == null ? null : RecordTables.money(c.account().total(), "")); //$NON-NLS-1$
        RecordTables.column(table, Messages.Card_net, 80, IncomeCards.Line.class,
                c -> c.account() == null ? null : RecordTables.money(c.account().net(), "")); //$NON-NLS-1$
        RecordTables.column(table, Messages.Card_perCapita, 90, IncomeCards.Line.class,
                c -> c.account() == null ? Messages.Card_noPolicy : RecordTables.money(c.account().perCapitaNet(), "")); //$NON-NLS-1$
        RecordTables.column(table, Messages.Card_line, 70, IncomeCards.Line.class,
                c -> c.policy() == null ? null : RecordTables.money(c.policy().getIncomeLine(), "")); //$NON-NLS-1$
        RecordTables.column(table, Messages.Card_against, 70, IncomeCards.Line.class, CardTables::against);
        return table;
    }

    private static String against(IncomeCards.Line card) {
        if (card.account() == null || card.policy().getIncomeLine() == null) {
            return null;
        }
        return card.account().perCapitaNet().compareTo(card.policy().getIncomeLine()) < 0 ? Messages.Card_below : Messages.Card_above;
    }
}
