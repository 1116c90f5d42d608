package com.kamplanner.web.faces;

import com.kamplanner.platform.ControlCharacters;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.OptionalInt;

/**
 * The converter Faces and PrimeFaces apply to every text input bound to a {@code String}: what the user submitted
 * passes unchanged, unless it holds a control character ({@link ControlCharacters}), which the field refuses with
 * the reason in the page's language before anything reaches a service. A single-line input refuses line breaks
 * too (a browser cannot type one there, so one comes only from a forged request); text areas keep them.
 */
@FacesConverter(forClass = String.class)
public class ControlCharacterGuard implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        OptionalInt refused = ControlCharacters.firstRefused(value, !(component instanceof HtmlInputText));
        if (refused.isPresent()) {
            String text = Bundle.text(context.getViewRoot().getLocale(), ControlCharacters.KEY,
                    ControlCharacters.code(refused.getAsInt()));
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
