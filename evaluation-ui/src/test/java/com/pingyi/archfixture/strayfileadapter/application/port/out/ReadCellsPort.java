package com.pingyi.archfixture.strayfileadapter.application.port.out;

public interface ReadCellsPort {
    String cells(byte[] file);
}
