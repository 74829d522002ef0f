import { NextRequest, NextResponse } from "next/server";

// middleware.ts
export function middleware(request: NextRequest): NextResponse {
  const session = request.cookies.get("session");
  if (!session && request.nextUrl.pathname.startsWith("/account")) {
    return NextResponse.redirect(new URL("/login", request.url), 401);
    //                                                           ^^^ redirect-non-3xx error =>
  }
  if (request.nextUrl.pathname === "/blog") {
    return NextResponse.redirect(new URL("/articles", request.url), 308);
    //                                                              !!! redirect-non-3xx a permanent redirect
  }
  if (request.nextUrl.pathname === "/promo") {
    return NextResponse.redirect(new URL("/sale", request.url), 307);
    //                                                          !!! redirect-non-3xx a temporary redirect
  }
  return NextResponse.next();
}

// app/go/[slug]/route.ts
export async function GET(request: NextRequest, { params }: { params: { slug: string } }): Promise<Response> {
  const target = await lookupShortLink(params.slug);
  if (!target) {
    return Response.redirect(new URL("/not-found", request.url), 404);
    //                                                           ^^^ redirect-non-3xx error =>
  }
  return Response.redirect(target, 302);
  //                               !!! redirect-non-3xx a real redirect
}

export async function POST(request: NextRequest): Promise<Response> {
  const form = await request.formData();
  await saveLink(String(form.get("url")));
  return Response.redirect(new URL("/links", request.url), 200);
  //                                                       ^^^ redirect-non-3xx error =>
}

declare function lookupShortLink(slug: string): Promise<string | null>;
declare function saveLink(url: string): Promise<void>;

export const config = { matcher: ["/account/:path*", "/blog", "/promo"] };
