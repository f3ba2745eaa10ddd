package xiaokang.monitoring.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

import xiaokang.exchange.ImportedRecords;
import xiaokang.monitoring.IncomeCards;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/** An income card imported from a sheet is posted as its household's income of the year, as one entered in the workbench is. */
@Component(name = "xiaokang.monitoring.income-card-imports", service = ImportedRecords.class)
public final class IncomeCardImports implements ImportedRecords {

    @Override
    public EClass eClass() {
        return MonitoringPackage.Literals.INCOME_CARD;
    }

    @Override
    public void imported(Session session, EObject record) throws StoreException {
        IncomeCards.post(session, (IncomeCard) record);
    }
}
