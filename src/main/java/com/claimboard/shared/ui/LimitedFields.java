package com.claimboard.shared.ui;

import com.claimboard.shared.TextLimit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.NumberFormat;

/**
 * States a text field's limit before it is reached: a counter under the field ("212 / 280"), kept up to date in
 * the browser as the person types and on the server when the value changes, and a field marked invalid, with the
 * limit named, once past it. The browser's own {@code maxlength} is never set: it would cut a paste without a
 * word. The service refuses a text over the limit with a message; nothing is cut.
 */
public final class LimitedFields {

    private LimitedFields() {}

    public static <F extends Component & HasValue<?, String> & HasHelper & HasValidation> F limit(
            F field, TextLimit limit) {
        field.getElement().setAttribute("data-limit", String.valueOf(limit.max()));
        if (field instanceof TextArea area) {
            area.setManualValidation(true); // the invalid mark is ours: the limit, not a built-in constraint
        } else if (field instanceof TextField text) {
            text.setManualValidation(true);
        }
        String overText = field.getTranslation("limit.over");
        update(field, limit, overText);
        field.addValueChangeListener(change -> update(field, limit, overText));
        // The same counter while typing, without a round trip per key: the value reaches the server on change.
        field.getElement()
                .executeJs("""
                        const field = this, max = $0, over = $1, number = new Intl.NumberFormat($2);
                        field.addEventListener('input', () => {
                          const length = (field.value || '').length;
                          field.helperText = number.format(length) + ' / ' + number.format(max)
                              + (length > max ? ' \u2014 ' + over.replace('{0}', number.format(length - max)) : '');
                        });
                        """, limit.max(), overText, ReaderTime.locale(field).toLanguageTag());
        return field;
    }

    private static <F extends Component & HasValue<?, String> & HasHelper & HasValidation> void update(
            F field, TextLimit limit, String overText) {
        String value = field.getValue();
        int length = value == null ? 0 : value.length();
        NumberFormat number = NumberFormat.getIntegerInstance(ReaderTime.locale(field));
        String counter = number.format(length) + " / " + number.format(limit.max());
        boolean over = length > limit.max();
        field.setHelperText(
                over ? counter + " \u2014 " + overText.replace("{0}", number.format(length - limit.max())) : counter);
        field.setInvalid(over);
        field.setErrorMessage(over ? field.getTranslation("limit.at-most", number.format(limit.max())) : null);
    }
}
