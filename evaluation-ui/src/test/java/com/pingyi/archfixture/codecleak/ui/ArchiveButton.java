package com.pingyi.archfixture.codecleak.ui;

import com.pingyi.archfixture.codecleak.transfer.JsonCodec;

/** A view that writes the archive itself instead of asking the use case: the breach. */
public class ArchiveButton {

    public String export(Object round) {
        return new JsonCodec().write(round);
    }
}
