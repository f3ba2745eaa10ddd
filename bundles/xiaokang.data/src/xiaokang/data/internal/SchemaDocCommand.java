package xiaokang.data.internal;

import org.eclipse.core.runtime.Platform;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.core.Models;
import xiaokang.store.SchemaDocument;

/** {@code xiaokang schema-doc}: the tables of every installed model, for {@code docs/schema.md}. */
public final class SchemaDocCommand implements CliCommand {

    @Override
    public int run(CommandContext context) throws UsageException {
        if (!context.arguments().isEmpty()) {
            throw new UsageException(context.arguments().get(0));
        }
        context.out().print(SchemaDocument.markdown(Models.read(Platform.getExtensionRegistry())));
        return OK;
    }
}
