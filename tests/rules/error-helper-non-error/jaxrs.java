package com.example.library;

import java.net.URI;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

@Path("/books")
public class BookResource {

    private final Catalog catalog = new Catalog();

    @GET
    @Path("/{isbn}")
    public Book find(@PathParam("isbn") String isbn) {
        if (catalog.isMerged(isbn)) {
            // RedirectionException exists to send a 3xx with a Location.
            throw new RedirectionException(303, URI.create("/books/" + catalog.mergedInto(isbn)));
            //                             !!! error-helper-non-error a redirect exception, meant for 3xx
        }
        Book book = catalog.find(isbn);
        if (book == null) {
            throw new WebApplicationException(404);
            //                                !!! error-helper-non-error a real error
        }
        if (book.withdrawn()) {
            throw new WebApplicationException("withdrawn from the catalog", 200);
            //                                                              ^^^ error-helper-non-error warning =>
        }
        return book;
    }

    @DELETE
    @Path("/{isbn}")
    public Response remove(@PathParam("isbn") String isbn) {
        if (!catalog.remove(isbn)) {
            throw new WebApplicationException(Response.Status.NO_CONTENT);
            //                                ^^^^^^^^^^^^^^^^^^^^^^^^^^ error-helper-non-error warning =>
        }
        return Response.noContent().build();
    }

    record Book(String isbn, boolean withdrawn) {}

    static class Catalog {
        boolean isMerged(String isbn) { return false; }
        String mergedInto(String isbn) { return isbn; }
        Book find(String isbn) { return null; }
        boolean remove(String isbn) { return true; }
    }
}
