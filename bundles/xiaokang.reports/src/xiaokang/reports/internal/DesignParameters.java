package xiaokang.reports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.birt.report.engine.api.IGetParameterDefinitionTask;
import org.eclipse.birt.report.engine.api.IParameterSelectionChoice;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IScalarParameterDefn;

import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportParameter.Choice;
import xiaokang.reports.ReportParameter.Type;

/** The scalar parameters a design declares, with their choice lists evaluated against the database. */
final class DesignParameters {

    private final IReportEngine engine;
    private final IReportRunnable design;

    DesignParameters(IReportEngine engine, IReportRunnable design) {
        this.engine = engine;
        this.design = design;
    }

    List<ReportParameter> read(Map<String, Object> appContext) {
        IGetParameterDefinitionTask task = engine.createGetParameterDefinitionTask(design);
        try {
            task.setAppContext(appContext);
            List<ReportParameter> parameters = new ArrayList<>();
            for (Object definition : task.getParameterDefns(false)) {
                if (definition instanceof IScalarParameterDefn scalar && !scalar.isHidden()) {
                    parameters.add(parameter(task, scalar));
                }
            }
            return parameters;
        } finally {
            task.close();
        }
    }

    private static ReportParameter parameter(IGetParameterDefinitionTask task, IScalarParameterDefn scalar) {
        Object defaultValue = task.getDefaultValue(scalar);
        String label = scalar.getPromptText() != null ? scalar.getPromptText() : scalar.getName();
        return new ReportParameter(scalar.getName(), label, type(scalar.getDataType()),
                defaultValue == null ? null : defaultValue.toString(), scalar.isRequired(), choices(task, scalar));
    }

    private static List<Choice> choices(IGetParameterDefinitionTask task, IScalarParameterDefn scalar) {
        if (scalar.getControlType() != IScalarParameterDefn.LIST_BOX
                && scalar.getControlType() != IScalarParameterDefn.RADIO_BUTTON) {
            return List.of();
        }
        Collection<?> selection = task.getSelectionList(scalar.getName());
        List<Choice> choices = new ArrayList<>();
        if (selection != null) {
            for (Object item : selection) {
                IParameterSelectionChoice choice = (IParameterSelectionChoice) item;
                String value = String.valueOf(choice.getValue());
                choices.add(new Choice(value, choice.getLabel() != null ? choice.getLabel() : value));
            }
        }
        return choices;
    }

    private static Type type(int birtType) {
        return switch (birtType) {
            case IScalarParameterDefn.TYPE_INTEGER -> Type.INTEGER;
            case IScalarParameterDefn.TYPE_DECIMAL, IScalarParameterDefn.TYPE_FLOAT -> Type.DECIMAL;
            case IScalarParameterDefn.TYPE_DATE, IScalarParameterDefn.TYPE_DATE_TIME -> Type.DATE;
            case IScalarParameterDefn.TYPE_BOOLEAN -> Type.BOOLEAN;
            default -> Type.STRING;
        };
    }
}
