/**
 * What the project pages need, computed at build time from data/ (server
 * only): summaries for /projects and one project with the names of what it
 * requires. Imported by app pages directly, never by client code.
 */
import { loadContent } from '@/adapters/content';
import { loadProjects } from '@/adapters/projects';
import { loadProjectTranslation, type ContentLocale } from '@/adapters/translations';
import { localizeProject } from '@/core/i18n/content';
import type { Project } from '@/core/schemas/project';

export interface RequiredLesson {
  id: string;
  title: string;
  moduleName: string;
}

/** A project as the list and graph show it (no steps' code or tests). */
export interface ProjectSummary {
  id: string;
  title: string;
  summary: string;
  difficulty: Project['difficulty'];
  estimatedMinutes: number;
  stepCount: number;
  /** Step ids in order (progress is kept per step). */
  stepIds: string[];
  stepTitles: string[];
  interactive: boolean;
  requires: { lessons: string[]; projects: string[] };
}

export interface ProjectsIndexData {
  projects: ProjectSummary[];
  lessons: Record<string, RequiredLesson>;
  /** Curriculum modules in order: id → name. */
  modules: Array<{ id: string; name: string }>;
}

function lessonNames(): Record<string, RequiredLesson> {
  const names: Record<string, RequiredLesson> = {};
  for (const m of loadContent().modules) {
    for (const subtopic of m.subtopics) {
      names[`${m.id}/${subtopic.id}`] = { id: `${m.id}/${subtopic.id}`, title: subtopic.name, moduleName: m.name };
    }
  }
  return names;
}

export function summaryOf(project: Project): ProjectSummary {
  return {
    id: project.id,
    title: project.title,
    summary: project.summary,
    difficulty: project.difficulty,
    estimatedMinutes: project.estimatedMinutes,
    stepCount: project.steps.length,
    stepIds: project.steps.map((s) => s.id),
    stepTitles: project.steps.map((s) => s.title),
    interactive: project.interactive,
    requires: project.requires,
  };
}

/** The /projects page; with a language, projects translated into it are titled and summarised in it. */
export function projectsIndexData(locale?: ContentLocale): ProjectsIndexData {
  const all = lessonNames();
  const projects = loadProjects()
    .map((project) => (locale ? localizeProject(project, loadProjectTranslation(locale, project.id) ?? undefined) : project))
    .map(summaryOf);
  const lessons: Record<string, RequiredLesson> = {};
  for (const p of projects) for (const id of p.requires.lessons) lessons[id] = all[id] ?? { id, title: id, moduleName: id.split('/')[0] };
  return { projects, lessons, modules: loadContent().modules.map((m) => ({ id: m.id, name: m.name })) };
}

export interface ProjectPageData {
  project: Project;
  lessons: RequiredLesson[];
  /** The projects this one requires, and every project (for the badge shelf and history names). */
  requiredProjects: ProjectSummary[];
}

export function projectIds(): string[] {
  return loadProjects().map((p) => p.id);
}

export function projectPageData(id: string): ProjectPageData | null {
  const project = loadProjects().find((p) => p.id === id);
  if (!project) return null;
  const all = lessonNames();
  return {
    project,
    lessons: project.requires.lessons.map((l) => all[l] ?? { id: l, title: l, moduleName: l.split('/')[0] }),
    requiredProjects: loadProjects()
      .filter((p) => project.requires.projects.includes(p.id))
      .map(summaryOf),
  };
}

/** Every project's summary (the dashboard and history name projects with it). */
export function projectSummaries(): ProjectSummary[] {
  return loadProjects().map(summaryOf);
}
