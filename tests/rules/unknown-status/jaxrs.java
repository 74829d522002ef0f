package com.example.files;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.apache.commons.net.ftp.FTPClient;

@Path("/files")
public class FileResource {

    private final FTPClient ftp = new FTPClient();

    @GET
    @Path("/{name}")
    public Response download(@PathParam("name") String name) throws IOException {
        if (name.contains("..")) {
            throw new WebApplicationException(452);
            //                                ^^^ unknown-status warning =>
        }
        InputStream in = ftp.retrieveFileStream(name);
        if (ftp.getReplyCode() == 550) {
        //                        !!! unknown-status an FTP reply code
            return Response.status(404).build();
            //                     !!! unknown-status assigned
        }
        return Response.ok(in).build();
    }

    @POST
    @Path("/{name}/scan")
    public Response scan(@PathParam("name") String name) {
        return Response.status(299).entity("scan scheduled").build();
        //                     ^^^ unknown-status warning =>
    }

    @POST
    @Path("/{name}/lock")
    public Response lock(@PathParam("name") String name) {
        return Response.status(423).build();
        //                     !!! unknown-status assigned: Locked (WebDAV)
    }

    @POST
    @Path("/{name}/legacy")
    public Response legacy(@PathParam("name") String name) {
        // http-status: ignore[unknown-status]
        return Response.status(512).build();
        //                     !!! unknown-status suppressed
    }
}
