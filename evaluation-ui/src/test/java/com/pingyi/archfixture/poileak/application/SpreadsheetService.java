package com.pingyi.archfixture.poileak.application;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Breach: a use case that writes a spreadsheet itself, with Apache POI. */
public class SpreadsheetService {

    XSSFWorkbook workbook;
}
