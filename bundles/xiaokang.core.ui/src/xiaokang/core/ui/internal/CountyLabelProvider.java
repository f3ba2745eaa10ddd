package xiaokang.core.ui.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import xiaokang.core.model.City;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.edit.ui.ItemLabelProvider;

/** Item-provider labels with what each place holds, and a household's status. */
final class CountyLabelProvider extends ItemLabelProvider {

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
        if (element instanceof City city) {
            return NLS.bind(Messages.CountyNavigator_townships, city.getName(), count);
        }
        if (element instanceof Township township) {
            return NLS.bind(Messages.CountyNavigator_villages, township.getName(), count);
        }
        if (element instanceof Village village) {
            return NLS.bind(Messages.CountyNavigator_households, village.getName(), count);
        }
        if (element instanceof Household household && household.getStatus() != null) {
            return super.getText(element) + " · " + household.getStatus().getLiteral(); //$NON-NLS-1$
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof String ? null : super.getImage(element);
    }
}
