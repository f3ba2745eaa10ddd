package xiaokang.core.ui.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import xiaokang.core.model.City;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.edit.ui.ItemLabelProvider;

/** Item-provider labels with what each place holds, and a household's status. */
final class CountyLabelProvider extends ItemLabelProvider implements IColorProvider {

    private CountyContent content;

    CountyLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    void setContent(CountyContent content) {
        this.content = content;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof String message) {
            return message;
        }
        int count = content == null ? 0 : content.childCount((EObject) element);
        int failing = failing(element);
        if (element instanceof City city) {
            return NLS.bind(Messages.CountyNavigator_townships, city.getName(), count);
        }
        if (element instanceof Township township) {
            return failing == 0 ? NLS.bind(Messages.CountyNavigator_villages, township.getName(), count)
                    : NLS.bind(Messages.CountyNavigator_villagesFailing, new Object[] { township.getName(), count, failing });
        }
        if (element instanceof Village village) {
            return failing == 0 ? NLS.bind(Messages.CountyNavigator_households, village.getName(), count)
                    : NLS.bind(Messages.CountyNavigator_householdsFailing, new Object[] { village.getName(), count, failing });
        }
        if (element instanceof Household household && household.getStatus() != null) {
            String text = super.getText(element) + " · " + household.getStatus().getLiteral(); //$NON-NLS-1$
            return failing == 0 ? text : text + Messages.CountyNavigator_failing;
        }
        return super.getText(element);
    }

    private int failing(Object element) {
        return content == null || !(element instanceof EObject object) ? 0 : content.failingCount(object);
    }

    /** Places and households that fail a check in their latest assessment are red. */
    @Override
    public Color getForeground(Object element) {
        return failing(element) > 0 && !(element instanceof City) ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED) : null;
    }

    @Override
    public Color getBackground(Object element) {
        return null;
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof String ? null : super.getImage(element);
    }
}
