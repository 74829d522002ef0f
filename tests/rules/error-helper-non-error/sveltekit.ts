// src/routes/projects/[id]/+page.server.ts
import { error, redirect } from "@sveltejs/kit";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params, locals, fetch }) => {
  if (!locals.user) {
    error(302, "Sign in to see this project");
    //    ^^^ error-helper-non-error warning use redirect(303, ...) instead =>
  }
  const res = await fetch(`/api/projects/${params.id}`);
  if (res.status === 404) {
  //                 !!! error-helper-non-error a client reading the status
    error(404, "Project not found");
    //    !!! error-helper-non-error a real error
  }
  if (res.status === 204) {
    error(204, "Project is empty");
    //    ^^^ error-helper-non-error warning =>
  }
  const project = await res.json();
  if (project.movedTo) {
    redirect(308, `/projects/${project.movedTo}`);
  }
  return { project };
};
