import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Only plain functions cross the context bridge: the page never touches ipcRenderer or Node.
contextBridge.exposeInMainWorld('api', createBridge(ipcRenderer));
