import { NextRequest, NextResponse } from "next/server";

import { db } from "@/lib/db";

const RATE_WINDOW_SECONDS = 299;
//                          !!! unknown-status a duration, not a status

export async function POST(request: NextRequest): Promise<NextResponse> {
  const body = await request.json();
  if (!body.title) {
    return NextResponse.json({ error: "title is required" }, { status: 422 });
    //                                                                 !!! unknown-status assigned
  }
  if (await db.posts.exists({ slug: body.slug })) {
    return NextResponse.json({ error: "slug taken" }, { status: 490 });
    //                                                          ^^^ unknown-status warning =>
  }
  const post = await db.posts.create(body);
  return NextResponse.json(post, { status: 201 });
}

export async function GET(request: NextRequest): Promise<Response> {
  if (request.headers.get("early-data") === "1") {
    return new Response(null, { status: 425 });
    //                                  !!! unknown-status assigned: Too Early
  }
  const posts = await db.posts.list({ maxAgeSeconds: RATE_WINDOW_SECONDS });
  return new Response(JSON.stringify(posts), {
    status: 209,
    //      ^^^ unknown-status warning =>
    headers: { "content-type": "application/json" },
  });
}

export async function DELETE(): Promise<Response> {
  // http-status: ignore[unknown-status]
  return new Response(null, { status: 299 });
  //                                  !!! unknown-status suppressed
}
