package com.pingyi.archfixture.strayfileadapter.files;

import com.pingyi.archfixture.strayfileadapter.application.port.out.ReadCellsPort;

@org.springframework.stereotype.Component
class GoodReader implements ReadCellsPort {
    @Override
    public String cells(byte[] file) {
        return "A1";
    }
}
