package org.fazhi.render.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * The 概览 chart: horizontal bars, largest first, with the names beside them and the value at the
 * end of each bar. It draws alike in Excel, WPS and LibreOffice because nothing is left to the
 * application's theme: the series has its own solid fill, one colour, and the labels are plain.
 */
final class Chart {
    /** The cells the chart plots: names in one column, numbers in another, over a run of rows. */
    record Range(int firstRow, int lastRow, int nameColumn, int valueColumn) {
    }

    private Chart() {
    }

    static void draw(XSSFSheet sheet, Range range, int topRow, String title) {
        int bars = range.lastRow() - range.firstRow() + 1;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, topRow, 7, topRow + 5 + bars * 3 / 2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis names = chart.createCategoryAxis(AxisPosition.LEFT);
        // Largest first, from the top: a bar chart otherwise draws its first category at the bottom.
        names.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(range.firstRow(),
                        range.lastRow(), range.nameColumn(), range.nameColumn())),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(range.firstRow(),
                        range.lastRow(), range.valueColumn(), range.valueColumn())));
        series.setTitle(title, null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Styles.BAR)));
        series.setShapeProperties(shape);
        chart.plot(data);
        valueLabels(series);
    }

    /** The number at the end of each bar, and nothing else of the series' labels. */
    private static void valueLabels(XDDFBarChartData.Series series) {
        CTDLbls labels = series.getCTBarSer().isSetDLbls() ? series.getCTBarSer().getDLbls()
                : series.getCTBarSer().addNewDLbls();
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
