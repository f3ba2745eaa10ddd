package xiaokang.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.exchange.RecordSheet;
import xiaokang.exchange.RecordTemplate;

/** {@code xiaokang import-template CLASS --out FILE.xlsx}: the sheet a desk fills to import a class's records. */
public final class TemplateCommand implements CliCommand {

    private static final String OUT = "--out"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(OUT), Set.of());
        ModelClasses models = ModelClasses.installed();
        if (arguments.positional().size() != 1) {
            throw new UsageException(NLS.bind(Messages.TemplateCommand_class, models.list()));
        }
        EClass eClass = models.find(arguments.positional().get(0));
        String out = arguments.value(OUT, null);
        if (out == null) {
            throw new UsageException(OUT);
        }
        RecordSheet sheet = RecordSheet.of(eClass, models.packages(), models.labels());
        try {
            RecordTemplate.write(sheet, models.labels(), Path.of(out));
        } catch (IOException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
        context.out().println(NLS.bind(Messages.TemplateCommand_written, new Object[] { out, models.labels().of(eClass), sheet.columns().size() - 1 }));
        return OK;
    }
}
