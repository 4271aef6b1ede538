// The live screens, loaded the first time a live page opens: the title never downloads them.
import { studentScreen } from './live-student';
import { teacherDashboard } from './live-teacher';
import { liveStartSection } from './live-start-section';

export const liveScreens = { student: studentScreen, teacher: teacherDashboard, start: liveStartSection };
