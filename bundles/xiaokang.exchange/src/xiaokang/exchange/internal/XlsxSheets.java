package xiaokang.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import xiaokang.exchange.Sheets.RowHandler;

/**
 * An .xlsx workbook read with POI's package reader and a SAX parse of each sheet ({@link SheetXml}),
 * so that a sheet of 640,000 rows never stands in memory as a workbook model.
 */
public final class XlsxSheets {

    private XlsxSheets() {
    }

    public static String read(Path file, RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(workbook, false);
            String[] strings = new String[table.getUniqueCount()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = table.getItemAt(i).getString();
            }
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetXml(sheets.getSheetName(), strings, styles, handler));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException(org.eclipse.osgi.util.NLS.bind(Messages.Sheets_notExcel, file.getFileName(), e.getMessage()), e);
        }
        return Messages.Sheets_xlsx;
    }
}
