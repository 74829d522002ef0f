package com.example.shop;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;

import static spark.Spark.get;

public class ShopRoutes {

    public static void javalin(Javalin app) {
        app.get("/account", ctx -> {
            if (ctx.sessionAttribute("user") == null) {
                ctx.redirect("/login", HttpStatus.UNAUTHORIZED);
                //                     ^^^^^^^^^^^^^^^^^^^^^^^ redirect-non-3xx error =>
                return;
            }
            ctx.redirect("/account/overview", HttpStatus.SEE_OTHER);
            //                                !!!!!!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
        });
        app.get("/catalogue", ctx -> ctx.redirect("/catalog", HttpStatus.MOVED_PERMANENTLY));
        //                                                    !!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
    }

    public static void spark() {
        get("/pricing", (request, response) -> {
            response.redirect("/plans", 200);
            //                          ^^^ redirect-non-3xx error =>
            return null;
        });
        get("/plans.html", (request, response) -> {
            response.redirect("/plans", 301);
            //                          !!! redirect-non-3xx a real redirect
            return null;
        });
    }
}
