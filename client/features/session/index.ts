/** The session feature as other features and the pages use it: nothing else of it is imported from outside. */
export { LoginForm } from './components/LoginForm';
export { UserMenu } from './components/UserMenu';
