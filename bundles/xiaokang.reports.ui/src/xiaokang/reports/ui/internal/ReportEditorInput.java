package xiaokang.reports.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import xiaokang.reports.ReportDescriptor;

/** A rendered report: which report, with which parameters, and the HTML file shown. */
final class ReportEditorInput implements IEditorInput {

    private final ReportDescriptor report;
    private final Map<String, String> parameters;
    private final Path html;

    ReportEditorInput(ReportDescriptor report, Map<String, String> parameters, Path html) {
        this.report = report;
        this.parameters = Map.copyOf(parameters);
        this.html = html;
    }

    ReportDescriptor report() {
        return report;
    }

    Map<String, String> parameters() {
        return parameters;
    }

    Path html() {
        return html;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return Images.REPORT;
    }

    @Override
    public String getName() {
        return parameters.isEmpty() ? report.name() : report.name() + ' ' + parameters.values();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return report.description();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** The same report with the same parameters is one editor, refreshed when run again. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReportEditorInput input && input.report.id().equals(report.id())
                && input.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(report.id(), parameters);
    }
}
