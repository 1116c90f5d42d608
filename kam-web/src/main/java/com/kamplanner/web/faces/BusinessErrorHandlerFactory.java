package com.kamplanner.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link BusinessErrorHandler} in front of the default handler (registered in faces-config.xml). */
public class BusinessErrorHandlerFactory extends ExceptionHandlerFactory {

    public BusinessErrorHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new BusinessErrorHandler(getWrapped().getExceptionHandler());
    }
}
