package com.pingyi.evaluation.ui.result;

import com.pingyi.evaluation.application.port.in.round.CloseRound;
import com.pingyi.evaluation.application.port.in.round.CloseRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.OpenRound;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishRound;
import com.pingyi.evaluation.application.port.in.round.PublishRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ReopenRound;
import com.pingyi.evaluation.application.port.in.round.ReopenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.ui.common.LongWork;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The lifecycle actions a round allows in its status, each confirmed in words that say what will
 * happen (opening freezes the scheme; publishing freezes the round). The use cases check the rules
 * and the permissions; a refusal is shown with the rule's message.
 */
public class RoundActions extends HorizontalLayout {

    private final OpenRoundUseCase open;
    private final CloseRoundUseCase close;
    private final ReopenRoundUseCase reopen;
    private final PublishRoundUseCase publish;
    private final Consumer<RoundState> changed;
    private final ProgressBar progress = new ProgressBar();
    private final HorizontalLayout buttons = new HorizontalLayout();

    public RoundActions(OpenRoundUseCase open, CloseRoundUseCase close, ReopenRoundUseCase reopen, PublishRoundUseCase publish,
                        Consumer<RoundState> changed) {
        this.open = open;
        this.close = close;
        this.reopen = reopen;
        this.publish = publish;
        this.changed = changed;
        addClassName("round-actions");
        progress.setId("round-action-progress");
        progress.setWidth("8em");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("work.in-progress"));
        setAlignItems(Alignment.CENTER);
        add(progress, buttons);
    }

    public void show(RoundState round) {
        buttons.removeAll();
        RoundRef ref = new RoundRef(round.id(), round.version());
        switch (round.status()) {
            case DRAFT -> buttons.add(action("open", () -> open.openRound(new OpenRound(ref))));
            case OPEN -> buttons.add(action("close", () -> close.closeRound(new CloseRound(ref))));
            case CLOSED -> buttons.add(reopenButton(ref), action("publish", () -> publish.publishRound(new PublishRound(ref, LocalDate.now()))));
            case PUBLISHED -> { }
        }
    }

    private Button action(String name, Supplier<RoundState> command) {
        Button button = new Button(getTranslation("round.action." + name));
        button.setId("round-action-" + name);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("round.action." + name), getTranslation("round.action." + name + ".confirm"),
                    getTranslation("round.action." + name), event -> run(command));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        return button;
    }

    private Button reopenButton(RoundRef ref) {
        Button button = new Button(getTranslation("round.action.reopen"));
        button.setId("round-action-reopen");
        button.addClickListener(click -> {
            TextArea reason = new TextArea(getTranslation("round.action.reopen.reason"));
            reason.setWidthFull();
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("round.action.reopen"));
            confirm.add(new Paragraph(getTranslation("round.action.reopen.confirm")), reason);
            confirm.setConfirmText(getTranslation("round.action.reopen"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.addConfirmListener(event -> run(() -> reopen.reopenRound(new ReopenRound(ref, reason.getValue()))));
            confirm.open();
        });
        return button;
    }

    /** Closing and publishing compute every unit's result: the page stays live and shows progress meanwhile. */
    private void run(Supplier<RoundState> command) {
        LongWork.run(this, progress, buttons, command, changed);
    }
}
