package com.pingyi.archfixture.strayadapter.persistence;

import com.pingyi.archfixture.strayadapter.application.port.out.LoadPort;

@org.springframework.stereotype.Component
class GoodAdapter implements LoadPort {

    @Override
    public String load() {
        return "row";
    }
}
